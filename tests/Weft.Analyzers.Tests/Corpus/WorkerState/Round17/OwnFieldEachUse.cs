// WEFT0004: inside a per-worker type's own async member, its field used after the member's own ConfigureAwait(false).
// Page: "A field of a per-worker type's own instance used in a member after its own await … ConfigureAwait(false) is
// reported at each use". Uses are on separate lines so each line has one.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.OwnFieldEachUse;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class History
{
    private const int Limit = 64;
    private readonly List<string> _history = new();

    public async Task RecordAsync(Task<string> fetch)
    {
        string m = await fetch.ConfigureAwait(false);
        _history.Add(m); // expect: WEFT0004
        if (_history.Count > Limit) // expect: WEFT0004
        {
            _history.RemoveAt(0); // expect: WEFT0004
        }
    }
}
