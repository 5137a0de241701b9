"""Pure rules of partydesk: enums, value objects, validation, compliance. No I/O."""
