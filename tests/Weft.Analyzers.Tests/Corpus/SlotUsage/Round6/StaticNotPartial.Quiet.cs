// Quiet twin of StaticNotPartial: a sealed partial class.
using Weft;

namespace Corpus6a.StaticNotPartial;

[ThreadLocalSlot] public sealed partial class Limits { }
