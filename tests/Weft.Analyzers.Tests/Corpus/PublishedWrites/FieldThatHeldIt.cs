// The published settings object is kept in a field; another method of the type edits it later.
using System;
using Weft.Slots;

namespace Corpus.PublishedWrites.Field;

public sealed class ProxySettings
{
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public int MaxRetries { get; set; } = 3;
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
        _settings.MaxRetries = retries; // expect: WEFT0002
    }
}
