// Realistic shared state of BCL types that no collection table needs to list: a parsed JSON config (JsonObject) and an
// HttpClient kept in a snapshot, and a JsonObject published through a Slot. Property and indexer SETTERS are
// assignments ("a write is any change: an assignment"); JsonObject is an IDictionary<string, JsonNode?>, so its
// Add/Remove are collection mutators. Reading taken: those count as writes (WEFT0002, WEFT0003). The members are
// WEFT0001 (JsonObject and HttpClient have setters).
using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.WritesThroughUnknownBclTypes;

[ThreadLocalSlot]
public sealed partial class UpstreamConfig
{
    public JsonObject Raw { get; init; } = new(); // expect: WEFT0001
    public HttpClient Client { get; init; } = new(); // expect: WEFT0001
}

public static class UpstreamCalls
{
    public static void OnRequest(string tenant)
    {
        UpstreamConfig.Current.Raw["lastTenant"] = tenant; // expect: WEFT0003
        UpstreamConfig.Current.Raw.Remove("debug"); // expect: WEFT0003
        UpstreamConfig.Current.Client.Timeout = TimeSpan.FromSeconds(2); // expect: WEFT0003
    }
}

public sealed class RawConfigPublisher
{
    private readonly Slot<JsonObject> _slot;

    public RawConfigPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<JsonObject>();

    public void Publish(JsonObject config)
    {
        _slot.Publish(config);
        config["publishedAt"] = DateTimeOffset.UtcNow.ToString("O"); // expect: WEFT0002
        config.Add("version", 2); // expect: WEFT0002
    }
}
