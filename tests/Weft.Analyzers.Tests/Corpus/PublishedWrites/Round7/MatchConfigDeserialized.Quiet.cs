// Quiet twin of MatchConfigDeserialized: the training map is added before the publish.
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MatchConfigDeserialized;

public sealed class MatchConfig
{
    public List<string> Maps { get; set; } = new();
    public int RoundSeconds { get; set; } = 120;
}

public sealed class ConfigLoader
{
    private readonly Slot<MatchConfig> _slot;

    public ConfigLoader(WorkerPool pool) => _slot = pool.AllocateSlot<MatchConfig>();

    public async Task LoadAsync(string json)
    {
        MatchConfig config = JsonSerializer.Deserialize<MatchConfig>(json) ?? new MatchConfig();
        if (!config.Maps.Contains("training")) config.Maps.Add("training");
        await _slot.PublishAsync(config);
    }
}
