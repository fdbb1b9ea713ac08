using Weft;

namespace Corpus.SlotUsage.Abstract;

[ThreadLocalSlot] public abstract partial class Policy { public abstract bool Allows(string path); } // expect: WEFT0104
