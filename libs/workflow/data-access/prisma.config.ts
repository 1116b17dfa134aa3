import { servicePrismaConfig } from '../../../tools/prisma/service-prisma-config';

export default servicePrismaConfig(__dirname);
