// Round 3. A [WorkerUpdate] method of the per-worker type hands its own dictionary (this worker's state, reached through this rather than Current) to Task.Run. Reading taken: inside a per-worker slot type's member, this is the slot value, so what it owns is worker-local state.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.WorkerUpdateOffloadsThis;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate]
    private void Forget(string host) => Task.Run(() => _byHost.Remove(host)); // expect: WEFT0004
}
