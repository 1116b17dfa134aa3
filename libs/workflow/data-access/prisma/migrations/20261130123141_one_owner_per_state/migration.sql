/*
  Warnings:

  - You are about to drop the column `refused_code` on the `proposal_history` table. All the data in the column will be lost.
  - You are about to drop the column `refused_reason` on the `proposal_history` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "proposal" ADD COLUMN     "state_sequence" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "proposal_history" DROP COLUMN "refused_code",
DROP COLUMN "refused_reason";
