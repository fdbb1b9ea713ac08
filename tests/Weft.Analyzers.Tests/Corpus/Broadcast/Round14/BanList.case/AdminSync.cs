// Pushes the registry's bans to every worker after an admin edit or a periodic reload.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R14.BanListDefect;

public sealed class AdminSync
{
    private readonly BanRegistry _registry;
    private DateTimeOffset _syncedAt = DateTimeOffset.MinValue;

    public AdminSync(BanRegistry registry) => _registry = registry;

    public async Task<bool> SyncAsync(WorkerPool pool)
    {
        if (_registry.LoadedAt <= _syncedAt)
        {
            return false;
        }

        await Firewall.ReplaceBansOnAllWorkersAsync(pool, _registry.Snapshot()); // expect: WEFT0007
        _syncedAt = _registry.LoadedAt;
        return true;
    }
}
