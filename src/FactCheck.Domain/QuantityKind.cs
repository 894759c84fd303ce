namespace FactCheck.Domain;

/// <summary>
/// An <see cref="Event"/> is one fixed fact, so all its claims compare; a <see cref="Stock"/> is a
/// level that changes, so only claims whose dates lie within the quantity's window compare.
/// </summary>
public enum QuantityKind
{
    Event,
    Stock,
}
