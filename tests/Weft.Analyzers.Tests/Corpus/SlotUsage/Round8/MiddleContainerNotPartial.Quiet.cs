// Twin: every container partial (a struct container too).
using Weft;

namespace Corpus.SlotUsage.R8.MiddleContainerNotPartialQuiet;

public static partial class Chat
{
    public partial struct Server
    {
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Sessions
        {
            private int _open;
            public void Open() => _open++;
        }
    }
}
