-- AlterTable
ALTER TABLE "proposal_history" ADD COLUMN     "actor_name" TEXT;

-- Lines from before have no name: the history shows their role and login id.
