// Quiet twin of NotPartialRecord: a sealed partial record.
using Weft;

namespace Corpus6a.NotPartialRecord;

[ThreadLocalSlot]
public sealed partial record Limits(int Max);
