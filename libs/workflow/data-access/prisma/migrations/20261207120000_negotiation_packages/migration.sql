-- The agreement's document (issue 29): signatories, introduction, chapters with initiatives, adopted proposals.
ALTER TABLE "budget_agreement" ADD COLUMN     "document" JSONB,
ADD COLUMN     "package_id" UUID,
ADD COLUMN     "package_version" INTEGER;

-- Agreements from before had no package: one chapter «Aftalen» with the decision text, the parties as signatories,
-- and the proposals it adopted in their agenda order (as the workflow now records such an agreement).
UPDATE "budget_agreement" a SET "document" = jsonb_build_object(
  'signatories', (SELECT COALESCE(jsonb_agg(jsonb_build_object('kind', 'party', 'name', p.name) ORDER BY p.ord), '[]'::jsonb)
                    FROM unnest(a."parties") WITH ORDINALITY AS p(name, ord)),
  'date', to_char(a."date", 'YYYY-MM-DD'),
  'introduction', '',
  'chapters', jsonb_build_array(jsonb_build_object('title', 'Aftalen', 'text', '', 'initiatives', '[]'::jsonb)),
  'proposalIds', (SELECT COALESCE(jsonb_agg(d."proposal_id" ORDER BY i."number"), '[]'::jsonb)
                    FROM "decision" d JOIN "agenda_item" i ON i."id" = d."agenda_item_id"
                   WHERE d."agreement_id" = a."id" AND d."outcome" IN ('adopted', 'adopted_with_changes')),
  'packageName', NULL);

ALTER TABLE "budget_agreement" ALTER COLUMN "document" SET NOT NULL;

-- CreateTable
CREATE TABLE "negotiation_package" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_by_role" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" TEXT NOT NULL,
    "updated_by_name" TEXT NOT NULL,
    "updated_by_role" TEXT NOT NULL,

    CONSTRAINT "negotiation_package_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "negotiation_package_history" (
    "id" BIGSERIAL NOT NULL,
    "package_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "changes" TEXT[],
    "copied_from" UUID,
    "content" JSONB NOT NULL,

    CONSTRAINT "negotiation_package_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "negotiation_package_round_id_created_at_idx" ON "negotiation_package"("round_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "negotiation_package_history_package_id_version_key" ON "negotiation_package_history"("package_id", "version");

-- AddForeignKey
ALTER TABLE "budget_agreement" ADD CONSTRAINT "budget_agreement_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "negotiation_package"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "negotiation_package_history" ADD CONSTRAINT "negotiation_package_history_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "negotiation_package"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
