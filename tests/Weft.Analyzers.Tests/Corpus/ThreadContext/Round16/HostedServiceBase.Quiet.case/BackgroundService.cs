// Three files: a BCL-only hosted-service base class whose StartAsync runs its abstract ExecuteAsync on the pool; the
// worker code hands the exporter a copy of the worker's pending list, so nothing of the worker's goes to the pool
// (quiet twin of HostedServiceBase).
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.ThreadContext.R16.HostedServiceBase;

public abstract class BackgroundService
{
    private Task? _running;

    protected abstract Task ExecuteAsync(CancellationToken stoppingToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _running = Task.Run(() => ExecuteAsync(cancellationToken), cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync() => _running ?? Task.CompletedTask;
}
