"""Goods-release slips (物品放行通知单): ``slips`` (warnings, issuing, the gate's confirmation, void, lists) and
``printouts`` (the two-copy PDF)."""
