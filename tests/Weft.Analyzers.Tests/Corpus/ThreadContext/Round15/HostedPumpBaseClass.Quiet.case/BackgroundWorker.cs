// Round 15, WEFT0004 quiet twin (.case): the handler takes a copy of the pending samples (numbers and strings, a
// collection expression into an array) and clears its own list on the worker; only the copy goes to the pool.
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Round15.HostedPumpBaseClassQuiet;

public abstract class BackgroundWorker
{
    private Task? _running;

    protected abstract Task ExecuteAsync(CancellationToken stoppingToken);

    public Task StartAsync(CancellationToken ct)
    {
        _running = Task.Run(() => ExecuteAsync(ct), ct);
        return Task.CompletedTask;
    }

    public Task Completion => _running ?? Task.CompletedTask;
}
