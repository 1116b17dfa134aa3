-- CreateTable
CREATE TABLE "budget_round" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "budget_year" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "budget_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "committee" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "remark" TEXT,
    "event_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by" TEXT,

    CONSTRAINT "proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal_history" (
    "id" BIGSERIAL NOT NULL,
    "proposal_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "actor_committee" TEXT,
    "action" TEXT NOT NULL,
    "from_state" TEXT,
    "to_state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "remark" TEXT,

    CONSTRAINT "proposal_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotent_request" (
    "caller_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "response_status" INTEGER NOT NULL,
    "response_body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotent_request_pkey" PRIMARY KEY ("caller_id","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "budget_round_region_name_key" ON "budget_round"("region", "name");

-- CreateIndex
CREATE INDEX "proposal_round_id_committee_state_idx" ON "proposal"("round_id", "committee", "state");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_round_id_reference_key" ON "proposal"("round_id", "reference");

-- CreateIndex
CREATE INDEX "proposal_history_proposal_id_id_idx" ON "proposal_history"("proposal_id", "id");

-- AddForeignKey
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "budget_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_history" ADD CONSTRAINT "proposal_history_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
