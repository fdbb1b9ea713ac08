// Three files: a BCL-only hosted-service base class (here) whose StartAsync runs its own abstract ExecuteAsync on the
// pool; a derived exporter (ExportService.cs) whose override drains the list its constructor kept; the worker code
// (Startup.cs) that makes the exporter over the worker's pending list and starts it. The page: on an object the
// caller made, the override of that object's class runs there, and worker state it reads through what the object
// keeps is reported at the object the call is made on. Made and started in two statements, the page does not
// say whether that is the construction or the receiver of StartAsync: an #escape group marks both.
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
