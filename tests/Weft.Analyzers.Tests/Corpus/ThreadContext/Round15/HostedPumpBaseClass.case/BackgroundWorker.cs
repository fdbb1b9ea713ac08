// Round 15, WEFT0004 (.case): a hosted-service shape written with the BCL only. The base class (this file) starts its
// abstract ExecuteAsync on the thread pool; a stats pump (another file) keeps what it is given through its primary
// constructor and drains it there; the handler (third file) hands it the worker's own pending list. Reading taken:
// reported where the worker state is handed (the constructor call, on the line that also starts the pump).
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Round15.HostedPumpBaseClass;

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
