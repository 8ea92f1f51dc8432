import { Module } from '@nestjs/common';
import { OrgDirectory } from './org-directory';

@Module({ providers: [OrgDirectory], exports: [OrgDirectory] })
export class OrgModule {}
