-- CreateTable
CREATE TABLE "publication" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "data_version" INTEGER NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_by" TEXT NOT NULL,
    "published_by_name" TEXT NOT NULL,
    "replaces_id" UUID,
    "replaced_by_id" UUID,
    "replaced_at" TIMESTAMPTZ(3),

    CONSTRAINT "publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "publication_round_id_published_at_idx" ON "publication"("round_id", "published_at");

