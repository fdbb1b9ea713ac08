using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R9.SettingsMemberElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ForwardedHeaders
{
    private HashSet<string> _trusted = new();

    [WorkerUpdate]
    private void Trust(IEnumerable<string> proxies) => _trusted = new HashSet<string>(proxies);
}

public static class Apply
{
    public static Task TrustAsync(WorkerPool pool, Settings settings) =>
        ForwardedHeaders.TrustOnAllWorkersAsync(pool, settings.TrustedProxies); // expect: WEFT0007
}
