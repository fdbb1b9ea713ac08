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

public static class MatchConfigRules
{
    public static IEnumerable<string> Validate(MatchConfig config)
    {
        if (config.RoundSeconds is < 30 or > 3600) yield return $"RoundSeconds {config.RoundSeconds} out of range";
        if (config.Maps.Count == 0) yield return "no maps";
        foreach (string map in config.Maps)
        {
            if (string.IsNullOrWhiteSpace(map)) yield return "empty map name";
        }
    }
}
