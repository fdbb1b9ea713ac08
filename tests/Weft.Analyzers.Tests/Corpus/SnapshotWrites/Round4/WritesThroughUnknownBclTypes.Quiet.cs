// Quiet twin of WritesThroughUnknownBclTypes: the snapshot keeps the JSON as a string and the timeout as a TimeSpan;
// worker code parses its own JsonObject from the string and edits that; the publisher stamps the object BEFORE the
// publish and only reads it afterwards.
using System;
using System.Text.Json.Nodes;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.WritesThroughUnknownBclTypesQuiet;

[ThreadLocalSlot]
public sealed partial class UpstreamConfig
{
    public string RawJson { get; init; } = "{}";
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
}

public static class UpstreamCalls
{
    public static JsonObject OnRequest(string tenant)
    {
        var mine = JsonNode.Parse(UpstreamConfig.Current.RawJson)!.AsObject();
        mine["lastTenant"] = tenant;
        mine.Remove("debug");
        return mine;
    }
}

public sealed class RawConfigPublisher
{
    private readonly Slot<JsonObject> _slot;

    public RawConfigPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<JsonObject>();

    public int Publish(JsonObject config)
    {
        config["publishedAt"] = DateTimeOffset.UtcNow.ToString("O");
        config.Add("version", 2);
        _slot.Publish(config);
        return config.Count + (config.ContainsKey("debug") ? 1 : 0);
    }
}
