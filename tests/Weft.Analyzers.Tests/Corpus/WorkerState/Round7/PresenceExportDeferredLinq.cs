// Chat presence export: a worker hands the names of its active users to an exporter on the thread pool. The query is
// deferred: it enumerates the worker's user list on the pool thread, while the worker adds and removes users.
// One-token twin: ToList() materialises the names (strings) on the worker.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PresenceExportDeferredLinq;

public sealed class ChatUser
{
    public required string Name { get; init; }
    public bool Active { get; set; }
}

public interface IPresenceExporter
{
    Task ExportAsync(IEnumerable<string> names);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UserTable
{
    public List<ChatUser> Users { get; } = new();
}

public sealed class PresenceExport
{
    private readonly IPresenceExporter _exporter;

    public PresenceExport(IPresenceExporter exporter) => _exporter = exporter;

    public Task ExportActive()
    {
        UserTable table = UserTable.Current;
        IEnumerable<string> names = table.Users.Where(u => u.Active).Select(u => u.Name);
        return Task.Run(() => _exporter.ExportAsync(names)); // expect: WEFT0004
    }
}
