-- AlterTable
ALTER TABLE "report_round" ALTER COLUMN "definition" DROP NOT NULL,
ALTER COLUMN "data_version" SET DEFAULT 0;
