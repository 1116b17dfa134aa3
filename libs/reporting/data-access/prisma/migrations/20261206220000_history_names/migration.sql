-- AlterTable
ALTER TABLE "report_proposal" ADD COLUMN     "steps" JSONB NOT NULL DEFAULT '[]';

-- Proposals from before have no steps: their fact sheets show the decisions and a lapse's reason once the read model
-- is rebuilt from the topics (emptied, it replays them from their start).
