// Quiet twin of PresenceExportDeferredLinq: the names are materialised on the worker before Task.Run.
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
        IEnumerable<string> names = table.Users.Where(u => u.Active).Select(u => u.Name).ToList();
        return Task.Run(() => _exporter.ExportAsync(names));
    }
}
