using Weft;

namespace Corpus.SlotUsage.Static;

[ThreadLocalSlot] public static partial class Defaults { public const int Port = 80; } // expect: WEFT0102
