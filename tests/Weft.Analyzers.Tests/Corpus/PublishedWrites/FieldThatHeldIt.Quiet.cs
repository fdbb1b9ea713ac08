// Every change builds a new settings object, publishes it and then remembers it.
using System;
using Weft.Slots;

namespace Corpus.PublishedWrites.Field;

public sealed class ProxySettings
{
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);
    public int MaxRetries { get; init; } = 3;
}

public sealed class SettingsOwner(Slot<ProxySettings> slot)
{
    private ProxySettings _settings = new();

    public void Start()
    {
        _settings = new ProxySettings { MaxRetries = 5 };
        slot.Publish(_settings);
    }

    public void OnAdminCommand(int retries)
    {
        var next = new ProxySettings { ConnectTimeout = _settings.ConnectTimeout, MaxRetries = retries };
        slot.Publish(next);
        _settings = next;
    }
}
