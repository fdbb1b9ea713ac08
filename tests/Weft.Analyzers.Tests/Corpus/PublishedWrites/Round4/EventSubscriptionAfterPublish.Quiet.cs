// Quiet twin of EventSubscriptionAfterPublish: handlers are attached before the publish; afterwards the loader only
// raises the event (a read of the delegate field).
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.EventSubscriptionAfterPublishQuiet;

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
        config.Reloaded += audit;
        if (previous is not null)
        {
            config.Reloaded -= previous;
        }

        _slot.Publish(config);
        config.RaiseReloaded();
    }
}
