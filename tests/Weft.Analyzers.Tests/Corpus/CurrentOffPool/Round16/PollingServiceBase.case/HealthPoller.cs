using System.Threading;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R16.PollingServiceBase;

public sealed class HealthPoller : PollingService
{
    public int LastProbed { get; private set; }

    protected override Task PollOnceAsync(CancellationToken ct)
    {
        var targets = Targets.Current;
        LastProbed = targets.Hosts.Length;
        return Task.CompletedTask;
    }
}
