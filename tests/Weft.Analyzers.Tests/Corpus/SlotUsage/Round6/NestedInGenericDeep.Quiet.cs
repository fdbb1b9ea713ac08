// Quiet twin of NestedInGenericDeep: same depth, no generic container (a generic method on Outer is fine).
using Weft;

namespace Corpus6a.NestedInGenericDeep;

public partial class Outer
{
    public static T Echo<T>(T value) => value;

    public partial class Middle
    {
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Buffers
        {
            public int Size;
        }
    }
}
