// WEFT0100 on a sealed record class (a record class is a class, so the attribute is allowed) declared without partial.
using Weft;

namespace Corpus6a.NotPartialRecord;

[ThreadLocalSlot]
public sealed record Limits(int Max); // expect: WEFT0100 "Limits"
