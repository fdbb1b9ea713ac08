using Weft;

namespace Corpus.SlotUsage.Generic;

[ThreadLocalSlot] public sealed partial class Table<T> { } // expect: WEFT0103
