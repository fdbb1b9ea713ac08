// Quiet twin of OrderGatewayRiskLimits: the worker's limits are read on the worker before the await.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.OrderGatewayRiskLimits;

public sealed record VenueOrder(long Id, string Symbol, long Quantity);

public sealed class VenueRejectedException(string reason) : Exception(reason);

public interface IVenue
{
    Task SendAsync(VenueOrder order);
}

public sealed class RiskLimits
{
    [ThreadStatic] private static RiskLimits? t_mine;

    public Dictionary<string, long> MaxQuantity { get; } = new();

    [RequiresLoopThread]
    public static RiskLimits ForThisWorker() => t_mine ??= new RiskLimits();
}

public sealed class OrderGateway
{
    private readonly IVenue _venue;

    public OrderGateway(IVenue venue) => _venue = venue;

    public async Task<bool> SubmitAsync(VenueOrder order)
    {
        RiskLimits limits = RiskLimits.ForThisWorker();
        try
        {
            await _venue.SendAsync(order);
            return true;
        }
        catch (VenueRejectedException)
        {
            limits.MaxQuantity[order.Symbol] = Math.Max(0, order.Quantity - 1);
            return false;
        }
    }
}
