// Quiet twin of NotPartialDeepNamespace: the deeply nested per-worker slot type is partial.
using Weft;

namespace Corpus6a.NotPartialDeepNamespace
{
    namespace Edge.Routing.Tables.V2
    {
        public partial class Host
        {
            public partial class Inner
            {
                [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { }
            }
        }
    }
}
