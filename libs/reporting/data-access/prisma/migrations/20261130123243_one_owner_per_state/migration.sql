/*
  Warnings:

  - You are about to drop the column `amended_by` on the `report_proposal` table. All the data in the column will be lost.
  - You are about to drop the column `decided_table` on the `report_proposal` table. All the data in the column will be lost.
  - You are about to drop the column `state_at` on the `report_proposal` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "report_proposal" DROP COLUMN "amended_by",
DROP COLUMN "decided_table",
DROP COLUMN "state_at",
ADD COLUMN     "decisions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "state_sequence" INTEGER NOT NULL DEFAULT 0;

-- Rows from before this migration have no state sequence: 0 lets any owner's event replace their state.
ALTER TABLE "report_proposal" ALTER COLUMN "state_sequence" DROP DEFAULT;
