/** The envelope's building blocks live on the rules floor (../rules/envelope.ts), where the types the rules read are derived from them. */
export { doc, DateStr, Text, Enum, Interval, Signature, Absence, Servant, Event, MEMBER_ROLES, VOTES, Member, Vote, SessionDecision, Session, SessionRef } from '../rules/envelope.js';
