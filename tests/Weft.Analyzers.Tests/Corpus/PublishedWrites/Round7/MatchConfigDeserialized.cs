// Game server on main: the match config is read from JSON (a new object per call), published, and then main adds the
// training map it always wants available — to the published config's list. Twin: the map is added before publishing.
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
        await _slot.PublishAsync(config);
        if (!config.Maps.Contains("training")) config.Maps.Add("training"); // expect: WEFT0002
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
