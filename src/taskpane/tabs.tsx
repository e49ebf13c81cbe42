/**
 * Fluent's small TabList without its focus manager: the pane's navigation is in the first view, and
 * Fluent's TabList brings @fluentui/react-tabs and tabster (~22 KB gzipped) for arrow keys alone.
 * Same look (the styles below are @fluentui/react-tabs 9.12's for a small, horizontal, transparent
 * list, applied in Fluent's order, with its class names and sliding indicator) and same behaviour:
 * one tab stop on the selected tab, arrows move focus round the list, Home/End to the ends, Enter or
 * Space (or a click) selects.
 */
import {
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
  type GriffelStyle,
} from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";

const OFFSET = "--fui-Tab__indicator--offset";
const SCALE = "--fui-Tab__indicator--scale";

/** Where a small tab's bars sit (the grey one while hovered, the brand one when selected). */
const SMALL_BAR: GriffelStyle = {
  bottom: 0,
  height: tokens.strokeWidthThick,
  left: tokens.spacingHorizontalSNudge,
  right: tokens.spacingHorizontalSNudge,
};

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "row",
    flexShrink: 0,
    flexWrap: "nowrap",
    position: "relative",
  },
  listHorizontal: { alignItems: "stretch", flexDirection: "row" },
  button: {
    alignItems: "center",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    display: "grid",
    flexShrink: 0,
    gridAutoFlow: "column",
    gridTemplateColumns: "auto",
    gridTemplateRows: "auto",
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: "none",
    position: "relative",
    overflow: "hidden",
    textTransform: "none",
  },
  horizontal: { justifyContent: "center" },
  smallHorizontal: {
    columnGap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
  },
  focus: createCustomFocusIndicatorStyle(
    {
      ...shorthands.borderColor("transparent"),
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: "transparent",
      outlineStyle: "solid",
      boxShadow: `
      ${tokens.shadow4},
      0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}
    `,
      zIndex: 1,
    },
    { enableOutline: true }
  ),
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ":enabled:hover": { backgroundColor: tokens.colorTransparentBackgroundHover },
    ":enabled:active": { backgroundColor: tokens.colorTransparentBackgroundPressed },
    "& .fui-Tab__content": { color: tokens.colorNeutralForeground2 },
    ":enabled:hover .fui-Tab__content": { color: tokens.colorNeutralForeground2Hover },
    ":enabled:active .fui-Tab__content": { color: tokens.colorNeutralForeground2Pressed },
  },
  selected: {
    "& .fui-Tab__content": { color: tokens.colorNeutralForeground1 },
    ":enabled:hover .fui-Tab__content": { color: tokens.colorNeutralForeground1Hover },
    ":enabled:active .fui-Tab__content": { color: tokens.colorNeutralForeground1Pressed },
  },
  root: {
    alignItems: "center",
    display: "grid",
    flexShrink: 0,
    gridAutoFlow: "column",
    gridTemplateColumns: "auto",
    gridTemplateRows: "auto",
    outlineStyle: "none",
    position: "relative",
  },
  // The grey bar under a tab while hovered or pressed.
  pending: {
    ":hover::before": {
      backgroundColor: tokens.colorNeutralStroke1Hover,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: "absolute",
    },
    ":active::before": {
      backgroundColor: tokens.colorNeutralStroke1Pressed,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: "absolute",
    },
    "@media (forced-colors: active)": {
      ":hover::before": { backgroundColor: "Highlight" },
      ":active::before": { backgroundColor: "Highlight" },
    },
  },
  pendingSmall: { "::before": SMALL_BAR },
  // The brand-coloured bar under the selected tab.
  active: {
    "::after": {
      backgroundColor: tokens.colorTransparentStroke,
      borderRadius: tokens.borderRadiusCircular,
      content: '""',
      position: "absolute",
    },
  },
  activeSelected: {
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":enabled:hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":enabled:active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":enabled:hover::after": { backgroundColor: "ButtonText" },
      ":enabled:active::after": { backgroundColor: "ButtonText" },
    },
  },
  activeSmall: { "::after": SMALL_BAR },
  // The bar slides from the tab selected before (offset and scale set for one frame, then eased back).
  indicator: { overflow: "visible" },
  animated: {
    "::after": {
      transitionProperty: "transform",
      transitionDuration: `${tokens.durationSlow}`,
      transitionTimingFunction: `${tokens.curveDecelerateMax}`,
    },
    "@media (prefers-reduced-motion: reduce)": {
      "::after": { transitionProperty: "none", transitionDuration: "0.01ms" },
    },
  },
  indicatorHorizontal: {
    "::after": {
      transformOrigin: "left",
      transform: `translateX(var(${OFFSET}))
    scaleX(var(${SCALE}))`,
    },
  },
  content: {
    ...typographyStyles.body1,
    overflow: "hidden",
    padding: `${tokens.spacingVerticalNone} ${tokens.spacingHorizontalXXS}`,
  },
  contentSelected: { ...typographyStyles.body1Strong },
  noIcon: { gridColumnStart: 1, gridRowStart: 1 },
  // An unselected tab reserves the width of its bold label, so selecting it moves nothing.
  placeholder: { visibility: "hidden" },
});

export interface TabItem<V extends string> {
  value: V;
  label: string;
}

export interface TabsProps<V extends string> {
  tabs: readonly TabItem<V>[];
  selected: V;
  onSelect(value: V): void;
  className?: string;
  style?: CSSProperties;
  "aria-label"?: string;
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
const REST = { offset: 0, scale: 1 };
const indicatorAt = (at: typeof REST) =>
  ({ [OFFSET]: `${at.offset}px`, [SCALE]: `${at.scale}` }) as CSSProperties;

export function Tabs<V extends string>(props: TabsProps<V>) {
  const styles = useStyles();
  const buttons = useRef(new Map<V, HTMLButtonElement>());
  const shown = useRef(props.selected);
  const [slide, setSlide] = useState(REST);

  // Before the browser paints the new selection: draw its bar where the old one was, then let it ease
  // into place on the next frame (as Fluent's TabList does).
  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = props.selected;
    const from = buttons.current.get(before)?.getBoundingClientRect();
    const to = buttons.current.get(props.selected)?.getBoundingClientRect();
    if (before === props.selected || !from || !to || to.width === 0) return;
    setSlide({ offset: from.x - to.x, scale: from.width / to.width });
    const frame = requestAnimationFrame(() => setSlide(REST));
    return () => cancelAnimationFrame(frame);
  }, [props.selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const values = props.tabs.map((tab) => tab.value);
    const at = values.findIndex((value) => buttons.current.get(value) === event.target);
    if (at < 0) return;
    const last = values.length - 1;
    let next: number;
    if (event.key in STEP) next = (at + STEP[event.key] + values.length) % values.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = last;
    else return;
    event.preventDefault();
    buttons.current.get(values[next])?.focus();
  };

  const resting = slide === REST;
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      aria-label={props["aria-label"]}
      className={mergeClasses("fui-TabList", styles.list, styles.listHorizontal, props.className)}
      style={props.style}
      onKeyDown={onKeyDown}
    >
      {props.tabs.map(({ value, label }) => {
        const selected = value === props.selected;
        return (
          <button
            key={value}
            ref={(element) => {
              if (element) buttons.current.set(value, element);
              else buttons.current.delete(value);
            }}
            role="tab"
            type="button"
            aria-selected={selected}
            value={value}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(
              styles.button,
              styles.horizontal,
              styles.smallHorizontal,
              styles.focus,
              styles.transparent,
              selected && styles.selected,
              "fui-Tab",
              styles.root,
              styles.pending,
              styles.pendingSmall,
              selected && styles.active,
              selected && styles.activeSelected,
              selected && styles.activeSmall,
              selected && styles.indicator,
              selected && resting && styles.animated,
              selected && styles.indicatorHorizontal
            )}
            style={indicatorAt(selected ? slide : REST)}
            onClick={() => props.onSelect(value)}
          >
            <span
              className={mergeClasses(
                "fui-Tab__content",
                styles.content,
                selected && styles.contentSelected,
                styles.noIcon
              )}
            >
              {label}
            </span>
            {!selected && (
              <span
                className={mergeClasses(
                  "fui-Tab__content--reserved-space",
                  styles.content,
                  styles.contentSelected,
                  styles.noIcon,
                  styles.placeholder
                )}
              >
                {label}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
