// Quiet twin of OwnFieldEachUse: a plain `await` resumes on the worker's loop.
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
        string m = await fetch;
        _history.Add(m);
        if (_history.Count > Limit)
        {
            _history.RemoveAt(0);
        }
    }
}
