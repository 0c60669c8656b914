// The Studio embedded at /studio. Import this only from a 'use client' module (see app/studio).
import { createStudioConfig } from './config/studioConfig.ts'
import { readStudioEnv } from './env.ts'

export default createStudioConfig(readStudioEnv())
