// WEFT0105: three levels; the outer container is partial, the middle one is not.
using Weft;

namespace Corpus.SlotUsage.R8.MiddleContainerNotPartial;

public static partial class Chat
{
    public sealed class Server // expect: WEFT0105
    {
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Sessions
        {
            private int _open;
            public void Open() => _open++;
        }
    }
}
