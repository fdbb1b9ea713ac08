// A published configuration object exposes an event; the loader subscribes (and unsubscribes) handlers after the
// publish. `+=`/`-=` on a field-like event replaces the object's delegate field: a change to the published object
// (WEFT0002: "a write is any change: an assignment ..."), racing every worker that raises or reads it.
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.EventSubscriptionAfterPublish;

public sealed class ReloadableConfig
{
    public event EventHandler? Reloaded;

    public string Name { get; init; } = "";

    public void RaiseReloaded() => Reloaded?.Invoke(this, EventArgs.Empty);
}

public sealed class ConfigLoader
{
    private readonly Slot<ReloadableConfig> _slot;

    public ConfigLoader(WorkerPool pool) => _slot = pool.AllocateSlot<ReloadableConfig>();

    public void Load(ReloadableConfig config, EventHandler audit, EventHandler? previous)
    {
        _slot.Publish(config);
        config.Reloaded += audit; // expect: WEFT0002
        if (previous is not null)
        {
            config.Reloaded -= previous; // expect: WEFT0002
        }
    }
}
