-- AlterTable
ALTER TABLE "budget_round" ADD COLUMN     "closed_at" TIMESTAMPTZ(3),
ADD COLUMN     "closed_by" TEXT;

-- AlterTable
ALTER TABLE "proposal" ADD COLUMN     "decisions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "state_sequence" INTEGER NOT NULL DEFAULT 1;
