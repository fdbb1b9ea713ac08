using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R16.AccessLogHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestStats
{
    private readonly Dictionary<int, long> _byStatus = new();

    public void OnCompleted(string method, string path, int status)
    {
        _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;
        AccessLog.Append(method, path, status); // expect: WEFT0006
    }
}
