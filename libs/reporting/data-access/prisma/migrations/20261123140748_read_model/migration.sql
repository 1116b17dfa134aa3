-- CreateTable
CREATE TABLE "report_round" (
    "id" UUID NOT NULL,
    "definition" JSONB NOT NULL,
    "data_version" INTEGER NOT NULL DEFAULT 1,
    "agreement" JSONB,
    "event_count" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_proposal" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "content" JSONB,
    "state" TEXT NOT NULL,
    "state_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_table" JSONB,
    "amended_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_report" (
    "round_id" UUID NOT NULL,
    "report" TEXT NOT NULL,
    "proposal_id" TEXT NOT NULL DEFAULT '',
    "input_hash" TEXT NOT NULL,
    "data_version" INTEGER NOT NULL,
    "pdf" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_report_pkey" PRIMARY KEY ("round_id","report","proposal_id","input_hash")
);

-- CreateIndex
CREATE INDEX "report_proposal_round_id_idx" ON "report_proposal"("round_id");
