-- AlterTable
ALTER TABLE "proposal" ADD COLUMN     "ever_submitted" BOOLEAN NOT NULL DEFAULT false;

-- Proposals from before: submitted once if intake's snapshot says so.
UPDATE "proposal" SET "ever_submitted" = true WHERE "snapshot"->>'submittedAt' IS NOT NULL;
