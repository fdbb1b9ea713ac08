// Quiet twin of PatternBindsPublishedMember: the same list and property patterns only read the published
// configuration; the corrections go into a new configuration built from fresh entries, published afterwards.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.PatternBindsPublishedMemberQuiet;

public sealed class ListenerEntry
{
    public string Address { get; set; } = "";
    public int Port { get; set; }
}

public sealed class AdminEntry
{
    public bool Enabled { get; set; }
    public string? Token { get; set; }
}

public sealed class ProxyConfig
{
    public List<ListenerEntry> Listeners { get; } = new();
    public AdminEntry? Admin { get; set; }
}

public sealed class ConfigLoader
{
    private readonly Slot<ProxyConfig> _slot;

    public ConfigLoader(WorkerPool pool) => _slot = pool.AllocateSlot<ProxyConfig>();

    public async Task LoadAsync(ProxyConfig config, bool redact)
    {
        await _slot.PublishAsync(config);
        var fixedUp = new ProxyConfig();
        foreach (var listener in config.Listeners)
        {
            fixedUp.Listeners.Add(new ListenerEntry { Address = listener.Address, Port = listener.Port });
        }

        if (fixedUp is { Listeners: [var first, ..] } && first.Port == 0)
        {
            first.Port = 8080;
        }

        switch (config)
        {
            case { Admin: { Enabled: true } admin } when redact:
                fixedUp.Admin = new AdminEntry { Enabled = admin.Enabled, Token = null };
                break;
            case { Listeners.Count: > 4 }:
                fixedUp.Listeners.RemoveRange(4, fixedUp.Listeners.Count - 4);
                break;
        }

        await _slot.PublishAsync(fixedUp);
    }
}
