-- AlterTable
ALTER TABLE "report_round" ADD COLUMN     "question_window" JSONB;

-- CreateTable
CREATE TABLE "report_question" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_question_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_question_round_id_state_idx" ON "report_question"("round_id", "state");


-- Question events published before this migration were passed over (the read model did not follow them): their
-- questions reach the appendix once the read model is rebuilt from the topics (emptied, it replays them from their start).
